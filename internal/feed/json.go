package feed

import (
	"encoding/json"
	"io"
	"time"
)

// jsonFeedVersion names the JSON Feed version the document follows.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

type jsonFeed struct {
	Version     string       `json:"version"`
	Title       string       `json:"title"`
	HomePageURL string       `json:"home_page_url,omitempty"`
	FeedURL     string       `json:"feed_url,omitempty"`
	Description string       `json:"description,omitempty"`
	Language    string       `json:"language,omitempty"`
	Icon        string       `json:"icon,omitempty"`
	Authors     []jsonAuthor `json:"authors,omitempty"`
	Items       []jsonItem   `json:"items"`
}

type jsonAuthor struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type jsonItem struct {
	ID            string           `json:"id"`
	URL           string           `json:"url"`
	Title         string           `json:"title"`
	ContentHTML   string           `json:"content_html,omitempty"`
	ContentText   string           `json:"content_text,omitempty"`
	Summary       string           `json:"summary,omitempty"`
	Image         string           `json:"image,omitempty"`
	DatePublished string           `json:"date_published"`
	DateModified  string           `json:"date_modified,omitempty"`
	Authors       []jsonAuthor     `json:"authors,omitempty"`
	Tags          []string         `json:"tags,omitempty"`
	Attachments   []jsonAttachment `json:"attachments,omitempty"`
}

type jsonAttachment struct {
	URL         string `json:"url"`
	MimeType    string `json:"mime_type"`
	SizeInBytes int64  `json:"size_in_bytes,omitempty"`
}

// JSON writes f as a JSON Feed 1.1 document with RFC 3339 dates that keep
// their zone offset. JSON Feed requires content_html or content_text on
// every item: in summary mode the summary is also the content text (the
// title when there is no summary). date_modified is the update time and
// is left out for stories not updated after publication. The featured
// photo is the item's image and, so that its type and size are there as
// in the other formats, its attachment. A square logo is the feed's icon;
// JSON Feed asks for a square one. HTML-significant characters are escaped
// (\u003c) as encoding/json does by default, so no reader that mistakes
// the document for HTML can be led to run it.
func JSON(w io.Writer, f *Feed) error {
	doc := jsonFeed{
		Version: jsonFeedVersion, Title: f.Title, HomePageURL: f.Link, FeedURL: f.Self,
		Description: f.Description, Language: f.Language, Items: make([]jsonItem, len(f.Items)),
	}
	if f.Publisher != "" {
		doc.Authors = []jsonAuthor{{Name: f.Publisher, URL: f.Link}}
	}
	if f.Logo != nil && f.Logo.Width > 0 && f.Logo.Width == f.Logo.Height {
		doc.Icon = f.Logo.URL
	}
	for i := range f.Items {
		doc.Items[i] = jsonItemOf(&f.Items[i])
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func jsonItemOf(it *Item) jsonItem {
	out := jsonItem{
		ID: it.ID, URL: it.Link, Title: it.Title, ContentHTML: it.ContentHTML, Summary: it.Summary,
		DatePublished: it.Published.Format(time.RFC3339),
	}
	if out.ContentHTML == "" {
		out.ContentText = it.Summary
		if out.ContentText == "" {
			out.ContentText = it.Title
		}
	}
	if it.Updated.After(it.Published) {
		out.DateModified = it.Updated.Format(time.RFC3339)
	}
	for _, a := range it.Authors {
		out.Authors = append(out.Authors, jsonAuthor{Name: a.Name, URL: a.URL})
	}
	for _, c := range it.Categories {
		out.Tags = append(out.Tags, c.Label)
	}
	if img := it.Image; img != nil {
		out.Image = img.URL
		out.Attachments = []jsonAttachment{{URL: img.URL, MimeType: img.Type, SizeInBytes: img.Length}}
	}
	return out
}
