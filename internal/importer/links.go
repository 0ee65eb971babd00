package importer

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"warta"
	"warta/internal/wpbody"
)

// resolver answers the body converter's questions about the old site for
// one item; it notes when a link points at a story not written yet, whose
// "Baca Juga" block must wait for the relink pass.
func (r *run) resolver(ctx context.Context, x *item) wpbody.Resolver {
	p := r.plan
	return wpbody.Resolver{
		Base:     p.base,
		Hosts:    p.hosts,
		Attached: func() []int64 { return p.children[x.id] },
		Link: func(u *url.URL) (string, int64, bool) {
			target, ok := p.linkTarget(u)
			if !ok {
				if path, id, ok := p.archivePath(u); ok {
					return path, id, ok
				}
				return r.earlierImport(ctx, u)
			}
			if target.typ == "attachment" {
				return target.newPath, 0, target.newPath != ""
			}
			if target.newPath == "" {
				return "", 0, false
			}
			if target.targetID == 0 && target.typ == "post" {
				r.waiting(x.id)
			}
			if target.typ != "post" {
				return target.newPath, 0, true
			}
			return target.newPath, target.targetID, true
		},
		Image: func(u *url.URL, id int64) (wpbody.Media, bool) {
			m := r.photoFor(ctx, u, id)
			if m == nil {
				return wpbody.Media{}, false
			}
			return wpbody.Media{ID: m.ID, Src: "/media/" + m.Key, Caption: m.Caption, Credit: m.Credit, Alt: m.Alt}, true
		},
	}
}

// waiting marks a story for the relink pass.
func (r *run) waiting(id int64) {
	if r.relinkIDs == nil {
		r.relinkIDs = map[int64]bool{}
	}
	r.relinkIDs[id] = true
}

// linkTarget finds the item an old-site URL points at: by ?p=, ?page_id=
// or ?attachment_id=, or by its path.
func (p *plan) linkTarget(u *url.URL) (*item, bool) {
	if u.Host != "" && !p.isOldHost(u.Hostname()) {
		return nil, false
	}
	q := u.Query()
	for _, key := range []string{"p", "page_id", "attachment_id"} {
		if v := q.Get(key); v != "" {
			id, err := strconv.ParseInt(v, 10, 64)
			if x := p.items[id]; err == nil && x != nil {
				return x, true
			}
			return nil, false
		}
	}
	if id, ok := p.byPath[strings.TrimSuffix(u.Path, "/")]; ok {
		return p.items[id], true
	}
	return nil, false
}

// archivePath maps an old category, tag or author archive to its Warta
// page.
func (p *plan) archivePath(u *url.URL) (string, int64, bool) {
	if u.Host != "" && !p.isOldHost(u.Hostname()) {
		return "", 0, false
	}
	rest := strings.Trim(strings.TrimPrefix(u.Path, p.basePath()), "/")
	kind, name, _ := strings.Cut(rest, "/")
	if name == "" {
		return "", 0, false
	}
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:] // nested categories: the last one is the archive's
	}
	switch kind {
	case "category", "tag":
		if path, ok := p.archiveIndex()[kind+":"+name]; ok {
			return path, 0, true
		}
	case "author":
		if person := p.people[name]; person != nil && person.Slug != "" {
			return "/penulis/" + person.Slug, 0, true
		}
	}
	return "", 0, false
}

// archiveIndex maps "category:NAME" and "tag:NAME", with WordPress's
// slug decoded, to the Warta page the archive became. It is built once,
// on the first link asked about: sections and tags are all known by then
// (the posts come after them).
func (p *plan) archiveIndex() map[string]string {
	if p.archives != nil {
		return p.archives
	}
	p.archives = map[string]string{}
	for key, t := range p.tags {
		tax, slug, _ := strings.Cut(key, ":")
		if t.Slug == "" {
			continue
		}
		if tax == "post_tag" {
			tax = "tag"
		}
		p.archives[tax+":"+decoded(slug)] = "/tag/" + t.Slug
	}
	// A category that became a section wins over a topic of its name.
	for slug, s := range p.sections {
		if slug != "" {
			p.archives["category:"+decoded(slug)] = "/" + s.Slug + "/"
		}
	}
	return p.archives
}

func decoded(s string) string {
	if d, err := url.PathUnescape(s); err == nil {
		return d
	}
	return s
}

// earlierImport finds where a link to the old site leads through what an
// earlier run (another part of a split export) imported: its redirect.
func (r *run) earlierImport(ctx context.Context, u *url.URL) (string, int64, bool) {
	p := r.plan
	if u.Host != "" && !p.isOldHost(u.Hostname()) {
		return "", 0, false
	}
	from := strings.TrimSuffix(u.Path, "/")
	if from == "" || u.RawQuery != "" {
		return "", 0, false
	}
	var to string
	err := r.im.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		to, err = tx.FindRedirect(ctx, from)
		return err
	})
	if err != nil || to == "" {
		return "", 0, false
	}
	return to, 0, true
}
