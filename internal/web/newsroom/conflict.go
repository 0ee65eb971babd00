package newsroom

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"warta"
	"warta/internal/body"
	"warta/internal/editorial"
)

// articleField is a field a writer edits, as the conflict comparison and
// the revision diff name it: its form name, its label and whether it is
// free text (which may be merged by hand).
type articleField struct {
	Name string
	Key  string
	Text bool
}

// articleFields lists every edited field in the form's order.
var articleFields = []articleField{
	{"title", "nr.field.title", true},
	{"dek", "nr.field.dek", true},
	{"dateline", "nr.field.dateline", true},
	{"body_html", "nr.field.body", true},
	{"featured_media", "nr.field.featured", false},
	{"section", "nr.field.section", false},
	{"label", "nr.field.label", false},
	{"breaking", "nr.field.breaking", false},
	{"tags", "nr.field.tags", false},
	{"authors", "nr.field.authors", false},
	{"related", "nr.conflict.related", false},
	{"slug", "nr.field.slug", true},
	{"seo_title", "nr.field.seo_title", true},
	{"seo_description", "nr.field.seo_description", true},
}

// fieldValues holds an article's edited fields as the form sends them:
// id lists comma-separated, breaking "1" or "".
type fieldValues map[string]string

func joinIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

func idText(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// articleValues is what a's form holds.
func articleValues(a *warta.Article) fieldValues {
	breaking := ""
	if a.Breaking {
		breaking = "1"
	}
	return fieldValues{
		"title": a.Title, "dek": a.Dek, "dateline": a.Dateline, "body_html": a.BodyHTML,
		"featured_media": idText(a.FeaturedMediaID), "section": idText(a.SectionID), "label": string(a.Label),
		"breaking": breaking, "tags": joinIDs(a.TagIDs), "authors": joinIDs(a.AuthorIDs), "related": joinIDs(a.RelatedIDs),
		"slug": a.Slug, "seo_title": a.SEOTitle, "seo_description": a.SEODescription,
	}
}

// revisionValues is what a revision holds; one kept before revisions
// held every field knows only the title, dek and body.
func revisionValues(r *warta.Revision) fieldValues {
	if r == nil {
		return nil
	}
	v := articleValues(&warta.Article{Title: r.Title, Dek: r.Dek, BodyHTML: r.BodyHTML, Dateline: r.Dateline,
		FeaturedMediaID: r.FeaturedMediaID, SectionID: r.SectionID, Label: r.Label, Breaking: r.Breaking,
		TagIDs: r.TagIDs, AuthorIDs: r.AuthorIDs, RelatedIDs: r.RelatedIDs, Slug: r.Slug, SEOTitle: r.SEOTitle, SEODescription: r.SEODescription})
	if !r.Complete {
		for _, f := range articleFields {
			if f.Name != "title" && f.Name != "dek" && f.Name != "body_html" {
				delete(v, f.Name)
			}
		}
	}
	return v
}

// conflictRow is one field that differs between the article as it is
// now and the refused save: what the other side and the writer changed
// since the version the writer started from, and the preselected choice
// (the side that changed it, or none when both did).
type conflictRow struct {
	articleField
	Label  string
	Theirs []diffLine
	Mine   []diffLine
	Choice string // "theirs", "mine" or "" (the writer must choose)
	Merge  string // the writer's text, to merge by hand
}

// conflictView is the comparison shown after a stale save.
type conflictView struct {
	By      string // who saved the version now current
	Version int
	Rows    []conflictRow
	Current fieldValues
	Base    fieldValues // nil when the starting text is not kept
	Mine    fieldValues
}

// newConflict compares the three versions of a stale save's fields.
func (p *editPage) newConflict(c *editorial.Conflict, mine fieldValues) *conflictView {
	cv := &conflictView{Version: c.Current.Version, Current: articleValues(c.Current), Base: revisionValues(c.Base), Mine: mine}
	for _, f := range articleFields {
		theirs, yours := cv.Current[f.Name], mine[f.Name]
		if theirs == yours {
			continue
		}
		row := conflictRow{articleField: f, Label: p.T(f.Key), Merge: yours}
		base, known := cv.Base[f.Name]
		switch {
		case known && yours == base:
			row.Choice = "theirs"
		case known && theirs == base:
			row.Choice = "mine"
		}
		if !known {
			base = theirs
		}
		row.Theirs = diff(p.lines(f.Name, base), p.lines(f.Name, theirs))
		row.Mine = diff(p.lines(f.Name, base), p.lines(f.Name, yours))
		cv.Rows = append(cv.Rows, row)
	}
	return cv
}

// lines is a field's value as readable lines: the body by paragraph, ids
// by name.
func (p *editPage) lines(name, value string) []string {
	if name == "body_html" {
		var out []string
		for _, s := range strings.Split(body.PlainText(value), "\n") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	if value == "" {
		return nil
	}
	return []string{p.display(name, value)}
}

// display names a non-text field's value for people.
func (p *editPage) display(name, value string) string {
	names := func(list func(id int64) string) string {
		var out []string
		for _, s := range strings.Split(value, ",") {
			id, _ := strconv.ParseInt(s, 10, 64)
			if n := list(id); n != "" {
				out = append(out, n)
			} else {
				out = append(out, "#"+s)
			}
		}
		return strings.Join(out, ", ")
	}
	switch name {
	case "label":
		return p.T("label." + value)
	case "breaking":
		return p.T("nr.field.breaking")
	case "section":
		return names(func(id int64) string {
			for _, s := range p.Sections {
				if s.ID == id {
					return s.Name
				}
			}
			return ""
		})
	case "tags":
		return names(func(id int64) string {
			for _, t := range p.Tags {
				if t.ID == id {
					return t.Name
				}
			}
			return ""
		})
	case "authors":
		return names(func(id int64) string {
			for _, x := range p.People {
				if x.ID == id {
					return x.Name
				}
			}
			return ""
		})
	case "featured_media":
		return names(func(id int64) string {
			for _, m := range p.Media {
				if m.ID == id && m.Caption != "" {
					return m.Caption
				}
			}
			return ""
		})
	case "related":
		return names(func(int64) string { return "" })
	}
	return value
}

// inputValues is what a save sends, as form values, over the article
// it would change.
func inputValues(a *warta.Article, in editorial.Input) fieldValues {
	b := *a
	up := warta.ArticleUpdate{Title: in.Title, Slug: in.Slug, Dek: in.Dek, Dateline: in.Dateline, BodyHTML: in.BodyHTML,
		SEOTitle: in.SEOTitle, SEODescription: in.SEODescription, Label: in.Label, Breaking: in.Breaking, SectionID: in.SectionID,
		FeaturedMediaID: in.FeaturedMediaID, AuthorIDs: in.AuthorIDs, TagIDs: in.TagIDs, RelatedIDs: in.RelatedIDs}
	up.Apply(&b)
	return articleValues(&b)
}

// resolve applies the writer's choices after a conflict (resolve_<field>
// = mine, theirs or merge, with merge_<field>) to what the form sends:
// "theirs" takes the field as the article holds it now. The save still
// checks the version, so "now" is the version the writer compared with.
func resolve(r *http.Request, in *editorial.Input, cur *warta.Article) error {
	now := articleValues(cur)
	for _, f := range articleFields {
		var v string
		switch r.PostFormValue("resolve_" + f.Name) {
		case "theirs":
			v = now[f.Name]
		case "merge":
			if !f.Text {
				continue
			}
			v = r.PostFormValue("merge_" + f.Name)
		default:
			continue
		}
		if err := setField(in, f.Name, v); err != nil {
			return err
		}
	}
	return nil
}

// setField sets one field of in from its form value.
func setField(in *editorial.Input, name, v string) error {
	ids := func() (*[]int64, error) {
		out := []int64{}
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s == "" {
				continue
			}
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id < 1 {
				return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "bad id in " + name}
			}
			out = append(out, id)
		}
		return &out, nil
	}
	one := func() (*int64, error) {
		list, err := ids()
		if err != nil {
			return nil, err
		}
		var id int64
		if len(*list) > 0 {
			id = (*list)[0]
		}
		return &id, nil
	}
	var err error
	switch name {
	case "title":
		in.Title = &v
	case "dek":
		in.Dek = &v
	case "dateline":
		in.Dateline = &v
	case "body_html":
		in.BodyHTML = &v
	case "slug":
		in.Slug = &v
	case "seo_title":
		in.SEOTitle = &v
	case "seo_description":
		in.SEODescription = &v
	case "label":
		l := warta.Label(v)
		in.Label = &l
	case "breaking":
		b := v == "1"
		in.Breaking = &b
	case "section":
		in.SectionID, err = one()
	case "featured_media":
		in.FeaturedMediaID, err = one()
	case "tags":
		in.TagIDs, err = ids()
	case "authors":
		in.AuthorIDs, err = ids()
	case "related":
		in.RelatedIDs, err = ids()
	}
	return err
}

// asConflict finds a stale save's comparison in err.
func asConflict(err error) *editorial.Conflict {
	var c *editorial.Conflict
	if errors.As(err, &c) {
		return c
	}
	return nil
}
