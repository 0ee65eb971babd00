package public

import "net/http"

// Cache-Control for a CDN or shared cache in front of the site (see
// docs/deploy.md, "CDN"). Browsers keep a page briefly (max-age): they
// cannot be told that it changed. Shared caches keep it longer
// (s-maxage), since a purge reaches them, and may serve it stale while
// they fetch it again (stale-while-revalidate), so a story's readers never
// wait on an expired copy. Lists and the home page change with every
// story; an article rarely changes after it is published.
const (
	ccArticle  = "public, max-age=60, s-maxage=300, stale-while-revalidate=60"
	ccList     = "public, max-age=30, s-maxage=60, stale-while-revalidate=30"
	ccSearch   = "public, max-age=30, s-maxage=30" // the same for everyone: no personal data on it
	ccNotFound = "public, max-age=30, s-maxage=30" // a story may be published at that address soon
	ccNoStore  = "no-store"
)

// cacheControl is the Cache-Control of a public page rendered with the
// template name and status: errors other than not found are not kept
// anywhere.
func cacheControl(name string, status int) string {
	switch status {
	case http.StatusOK:
	case http.StatusNotFound:
		return ccNotFound
	case http.StatusGone:
		return ccNoStore // a takedown notice must go the moment a story is restored
	default:
		return ccNoStore
	}
	switch name {
	case "article":
		return ccArticle
	case "search":
		return ccSearch
	case "complaint":
		return ccNoStore // each form carries its own signed time
	}
	return ccList
}
