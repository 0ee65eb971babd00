package public

import (
	"bytes"
	"context"
	"net/http"
	"slices"
	"time"

	"warta"
	"warta/internal/feed"
	"warta/internal/i18n"
)

// handleCorrectionsFeed answers /koreksi/feed: the newest notes on
// stories, for readers and watchdogs who follow what the newsroom fixed.
func (h *Handler) handleCorrectionsFeed(w http.ResponseWriter, r *http.Request) {
	h.serveFeedDoc(w, r, correctionsFeedPath, feed.RSSType, h.buildCorrectionsFeed)
}

// buildCorrectionsFeed writes the RSS of the newest feedItems notes. An
// item is one note: its kind and story as the title, the note as the
// summary, the note on its story's page as the link.
func (h *Handler) buildCorrectionsFeed(ctx context.Context) ([]byte, time.Time, error) {
	var doc feed.Feed
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		c, err := h.loadChrome(ctx, tx)
		if err != nil {
			return err
		}
		st := c.settings
		rec := depsFrom(ctx)
		p := &page{Lang: i18n.Parse(st.Language), Loc: st.Location(), Now: h.now(), Settings: st, h: h, deps: rec}
		doc = feed.Feed{
			Title: p.T("transp.corrections.feed", st.SiteName), Description: p.T("transp.corrections.description", st.SiteName),
			Link: h.baseURL + correctionsPath, Self: h.baseURL + correctionsFeedPath,
			Language: st.Language, Publisher: st.SiteName, Generator: "Warta",
		}
		entries, _, err := h.loadCorrectionLog(ctx, tx, p, 1, feedItems)
		if err != nil {
			return err
		}
		replies, err := h.loadReplyLog(ctx, tx, p, feedItems)
		if err != nil {
			return err
		}
		// Notes and replies in one stream, newest first.
		entries = append(entries, replies...)
		slices.SortStableFunc(entries, func(a, b logEntry) int { return b.At.Compare(a.At) })
		entries = entries[:min(len(entries), feedItems)]
		for _, e := range entries {
			link := h.baseURL + e.URL()
			doc.Items = append(doc.Items, feed.Item{
				ID: h.baseURL + correctionsPath + "#" + e.Anchor, Title: p.T("correction."+e.Kind) + ": " + e.Story.Title,
				Link: link, Summary: e.Text, Published: e.At.In(p.Loc),
			})
			if e.At.After(doc.Updated) {
				doc.Updated = e.At
			}
		}
		if doc.Updated.IsZero() {
			doc.Updated = h.now()
		}
		doc.Updated = doc.Updated.In(p.Loc)
		return nil
	})
	if err != nil {
		return nil, time.Time{}, err
	}
	var buf bytes.Buffer
	if err := feed.RSS(&buf, &doc); err != nil {
		return nil, time.Time{}, err
	}
	return buf.Bytes(), doc.Updated, nil
}
