package body

import (
	"net/url"
	"regexp"
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
