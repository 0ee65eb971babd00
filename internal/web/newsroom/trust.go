package newsroom

import (
	"context"

	"warta"
)

// followChoicesMax is how many recent stories the follow-up field offers.
const followChoicesMax = 30

// followChoices are the newest published stories, the article itself
// left out, for the follow-up field's suggestions. Older stories are
// named by their id or address, which the field takes too.
func followChoices(ctx context.Context, tx warta.ReadTx, self int64) ([]*warta.Article, error) {
	published := warta.StatusPublished
	f := warta.ArticleFilter{Status: &published, Limit: followChoicesMax, NoTotal: true}
	if self != 0 {
		f.ExcludeIDs = []int64{self}
	}
	return tx.FindArticleLinks(ctx, f)
}
