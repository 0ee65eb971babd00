package public

import (
	"net/http"

	"warta"
)

// homePage is the front page: the lead story, the next top stories, the
// latest list, a block per section and what is trending.
type homePage struct {
	page
	Lead   *item
	Top    []item
	Latest []item
	Blocks []sectionBlock
}

type sectionBlock struct {
	Section  *warta.Section
	Articles []item
}

func (h *Handler) handleHome(w http.ResponseWriter, r *http.Request) {
	if h.redirectImportedID(w, r) {
		return
	}
	ctx := r.Context()
	var data homePage
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		published := warta.StatusPublished
		data.deps.add(depLatest, 0)
		front, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, Limit: 15, NoTotal: true})
		if err != nil {
			return err
		}
		if len(front) > 0 {
			lead := data.item(front[0])
			data.Lead = &lead
			data.Top = data.items(front[1:min(5, len(front))])
			data.Latest = data.items(front[min(5, len(front)):])
		}
		shown := make([]int64, 0, len(front))
		for _, a := range front {
			shown = append(shown, a.ID)
		}
		ids := make([]int64, len(data.Sections))
		for i, s := range data.Sections {
			ids[i] = s.ID
			data.deps.add(depSectionList, s.ID)
		}
		blocks, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, SectionIDs: ids, PerSection: 4,
			ExcludeIDs: shown, NoTotal: true})
		if err != nil {
			return err
		}
		bySection := make(map[int64][]*warta.Article, len(ids))
		for _, a := range blocks {
			bySection[a.SectionID] = append(bySection[a.SectionID], a)
		}
		for _, s := range data.Sections {
			if list := bySection[s.ID]; len(list) > 0 {
				data.Blocks = append(data.Blocks, sectionBlock{Section: s, Articles: underTitle(data.items(list))})
			}
		}
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.Settings.Tagline
	data.setHomeMeta()
	h.render(w, r, http.StatusOK, "home", &data)
}

// railBlocks is how many section blocks the side column takes at most:
// beside the long main column it would otherwise end below Trending.
const railBlocks = 3

// MainBlocks are the section blocks shown as picture grids in the main
// column; RailBlocks, the last few, are headline lists in the side column.
func (p *homePage) MainBlocks() []sectionBlock { return p.Blocks[:len(p.Blocks)-p.railCount()] }

// RailBlocks are the section blocks the side column lists; see MainBlocks.
func (p *homePage) RailBlocks() []sectionBlock { return p.Blocks[len(p.Blocks)-p.railCount():] }

// railCount leaves the main column at least half the blocks.
func (p *homePage) railCount() int { return min(railBlocks, len(p.Blocks)/2) }
