package body

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// reEmbedBlock matches the editor's embed block in sanitised HTML.
var reEmbedBlock = regexp.MustCompile(`(?s)<figure\b[^>]*\bclass="embed"[^>]*\bdata-embed-url="([^"]+)"[^>]*>.*?</figure>`)

// reYouTubeID is the shape of a YouTube video ID.
var reYouTubeID = regexp.MustCompile(`^[A-Za-z0-9_-]{6,20}$`)

// ExpandEmbeds replaces each embed block with what render returns for its
// URL (unescaped); render sees only URLs the sanitiser allowed.
func ExpandEmbeds(s string, render func(rawURL string) string) string {
	return reEmbedBlock.ReplaceAllStringFunc(s, func(block string) string {
		m := reEmbedBlock.FindStringSubmatch(block)
		return render(strings.ReplaceAll(m[1], "&amp;", "&"))
	})
}

// EmbedKind names the service of an embed URL: "youtube", "x",
// "instagram", or "" for anything else.
func EmbedKind(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "https" {
		return ""
	}
	switch strings.TrimPrefix(u.Hostname(), "www.") {
	case "youtube.com", "youtu.be":
		return "youtube"
	case "x.com", "twitter.com":
		return "x"
	case "instagram.com":
		return "instagram"
	}
	return ""
}

// YouTubeID returns the video ID of a YouTube watch or short URL.
func YouTubeID(rawURL string) (string, bool) {
	u, err := url.Parse(rawURL)
	if err != nil || EmbedKind(rawURL) != "youtube" {
		return "", false
	}
	id := u.Query().Get("v")
	if u.Hostname() == "youtu.be" {
		id = strings.Trim(u.Path, "/")
	}
	if !reYouTubeID.MatchString(id) {
		return "", false
	}
	return id, true
}

// reImageBlock matches the editor's library image in sanitised HTML.
var reImageBlock = regexp.MustCompile(`(?s)<figure\b[^>]*\bdata-media-id="([0-9]+)"[^>]*>.*?</figure>`)

// MediaIDs lists the library items a body shows, in order, once each.
func MediaIDs(s string) []int64 {
	var out []int64
	seen := map[int64]bool{}
	for _, m := range reImageBlock.FindAllStringSubmatch(s, -1) {
		if id, err := strconv.ParseInt(m[1], 10, 64); err == nil && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// ExpandImages replaces each library image with what render returns for
// its media ID; when render reports false the block is kept as written.
func ExpandImages(s string, render func(id int64) (string, bool)) string {
	return reImageBlock.ReplaceAllStringFunc(s, func(block string) string {
		m := reImageBlock.FindStringSubmatch(block)
		id, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return block
		}
		if html, ok := render(id); ok {
			return html
		}
		return block
	})
}
