package public

import "warta"

// relatedSpare is how many more similar stories the related list asks
// for than it shows, so that it can leave out twins and still be full.
const relatedSpare = 4

// distinctRelated returns up to n of list, in order, leaving out a story
// with the title of a (or of one kept before it) or the featured picture
// of one kept before it: an archive can hold two stories of one title
// (a follow-up, an import), and a list showing one headline or picture
// twice reads as a mistake.
func distinctRelated(a *warta.Article, list []*warta.Article, n int) []*warta.Article {
	titles := map[string]bool{a.Title: true}
	pictures := map[int64]bool{}
	out := make([]*warta.Article, 0, min(n, len(list)))
	for _, r := range list {
		if len(out) == n {
			break
		}
		if titles[r.Title] || r.FeaturedMediaID != 0 && pictures[r.FeaturedMediaID] {
			continue
		}
		titles[r.Title] = true
		if r.FeaturedMediaID != 0 {
			pictures[r.FeaturedMediaID] = true
		}
		out = append(out, r)
	}
	return out
}
