package public

import (
	"context"
	"net/http"
	"time"

	"warta"
)

// A dep is one thing a cached page, feed or sitemap shows, recorded while
// it renders so that a write evicts exactly the documents that show what
// it changed (see evict.go).
type dep struct {
	kind depKind
	id   int64 // an article, section, tag, person or media id; a day as yyyymmdd
}

type depKind uint8

const (
	depArticle     depKind = iota + 1 // shows the article (its title, photo, byline…)
	depPerson                         // shows the person's name or bio
	depTag                            // shows the tag's name
	depMedia                          // shows the media item
	depSectionList                    // lists the section's newest stories (or pages of them)
	depTagList                        // lists the tag's stories
	depPersonList                     // lists the author's stories
	depLatest                         // lists the site's newest stories
	depDay                            // lists the stories of one day in the site's zone
	depFollowUps                      // lists the follow-ups of the article (its "Perkembangan terbaru")
	depMaxPerPage  = 2000             // more is kept as "evict on any article change"
)

// deps records what one render shows. It travels with the request (in its
// cache slot) or with a feed build (in the context), and is read by one
// goroutine, the render's.
type deps struct {
	set map[dep]struct{}
	// broad is set when a render showed more than depMaxPerPage things:
	// the page is then evicted by any article change, which keeps the
	// index small for the daily index of a busy day.
	broad bool
}

func newDeps() *deps { return &deps{set: make(map[dep]struct{}, 32)} }

// add records that the render shows d; a nil recorder (a request the
// cache does not keep) records nothing.
func (d *deps) add(kind depKind, id int64) {
	if d == nil || d.broad {
		return
	}
	if len(d.set) >= depMaxPerPage {
		d.broad, d.set = true, map[dep]struct{}{}
		return
	}
	d.set[dep{kind, id}] = struct{}{}
}

// article records an article shown in a list or as the page's story: the
// article itself, its authors' names and its photo.
func (d *deps) article(a *warta.Article) {
	if d == nil || a == nil {
		return
	}
	d.add(depArticle, a.ID)
	for _, p := range a.Authors {
		d.add(depPerson, p.ID)
	}
	if a.FeaturedMediaID != 0 {
		d.add(depMedia, a.FeaturedMediaID)
	}
}

// day records the daily list of t's day in loc.
func (d *deps) day(t time.Time, loc *time.Location) {
	if d != nil {
		d.add(depDay, dayNumber(t.In(loc)))
	}
}

// list returns what was recorded.
func (d *deps) list() []dep {
	if d == nil {
		return nil
	}
	out := make([]dep, 0, len(d.set))
	for k := range d.set {
		out = append(out, k)
	}
	return out
}

// dayNumber is t's calendar day as yyyymmdd, in t's own zone.
func dayNumber(t time.Time) int64 {
	y, m, dd := t.Date()
	return int64(y)*10000 + int64(m)*100 + int64(dd)
}

type depsKey struct{}

// withDeps carries a recorder in ctx, for renders without a cache slot
// (feeds).
func withDeps(ctx context.Context, d *deps) context.Context {
	return context.WithValue(ctx, depsKey{}, d)
}

// depsFrom is the recorder travelling with ctx, or nil.
func depsFrom(ctx context.Context) *deps {
	d, _ := ctx.Value(depsKey{}).(*deps)
	return d
}

// depIndex maps each dep to the keys of the documents that show it, and
// each key to its deps, so that an entry's deps leave the index with it.
// It is not safe for concurrent use: its cache's mutex guards it.
type depIndex struct {
	keys   map[dep]map[string]struct{}
	byKey  map[string][]dep
	broads map[string]struct{} // keys evicted by any article change
}

// add indexes key under ds, replacing what it had.
func (x *depIndex) add(key string, ds []dep, broad bool) {
	x.remove(key)
	if x.keys == nil {
		x.keys, x.byKey, x.broads = map[dep]map[string]struct{}{}, map[string][]dep{}, map[string]struct{}{}
	}
	for _, d := range ds {
		set := x.keys[d]
		if set == nil {
			set = map[string]struct{}{}
			x.keys[d] = set
		}
		set[key] = struct{}{}
	}
	x.byKey[key] = ds
	if broad {
		x.broads[key] = struct{}{}
	}
}

// remove drops key from the index.
func (x *depIndex) remove(key string) {
	ds, ok := x.byKey[key]
	if !ok {
		return
	}
	for _, d := range ds {
		if set := x.keys[d]; set != nil {
			delete(set, key)
			if len(set) == 0 {
				delete(x.keys, d)
			}
		}
	}
	delete(x.byKey, key)
	delete(x.broads, key)
}

// reset empties the index.
func (x *depIndex) reset() { *x = depIndex{} }

// match returns the keys that show any of ds; broad adds the keys of
// renders that recorded too much to list.
func (x *depIndex) match(ds []dep, broad bool) map[string]struct{} {
	out := map[string]struct{}{}
	for _, d := range ds {
		for k := range x.keys[d] {
			out[k] = struct{}{}
		}
	}
	if broad {
		for k := range x.broads {
			out[k] = struct{}{}
		}
	}
	return out
}

// len is the number of keys indexed, for tests that check it follows the
// cache.
func (x *depIndex) len() int { return len(x.byKey) }

// renderDeps is the recorder of a request's render: its cache slot's, or
// nil when the page will not be kept.
func renderDeps(r *http.Request) *deps {
	if slot := slotFrom(r); slot != nil {
		return slot.deps
	}
	return depsFrom(r.Context())
}

// withoutDeps builds the items of list for p, recording only their
// articles: for parts that show headlines alone.
func (h *Handler) withoutDeps(p *page, list []*warta.Article) []item {
	d := p.deps
	p.deps = nil
	out := p.items(list)
	p.deps = d
	for _, a := range list {
		d.add(depArticle, a.ID)
	}
	return out
}
