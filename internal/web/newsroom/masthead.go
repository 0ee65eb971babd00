package newsroom

import (
	"net/http"
	"strconv"
	"strings"

	"warta"
	"warta/internal/editorial"
)

// mastheadInput reads the masthead fields of the people page into in:
// the order (0 leaves the person off the masthead, an empty field is 0)
// and the heading. A form without them changes neither.
func mastheadInput(r *http.Request, in *editorial.PersonInput) error {
	if _, ok := r.PostForm["masthead_rank"]; ok {
		v := strings.TrimSpace(r.PostFormValue("masthead_rank"))
		n := 0
		if v != "" {
			var err error
			if n, err = strconv.Atoi(v); err != nil || n < 0 || n > warta.MaxMastheadRank {
				return &warta.Error{Code: warta.EINVALID, Key: "error.masthead_invalid", Args: []any{warta.MaxMastheadRank, warta.MaxMastheadRoleLen},
					Message: "masthead order must be a whole number from 0"}
			}
		}
		in.MastheadRank = &n
	}
	if _, ok := r.PostForm["masthead_role"]; ok {
		role := r.PostFormValue("masthead_role")
		in.MastheadRole = &role
	}
	return nil
}
