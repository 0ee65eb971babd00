package warta

// Status is where an article is in the editorial workflow.
type Status string

// Workflow statuses.
const (
	StatusDraft       Status = "draft"
	StatusReview      Status = "review"
	StatusScheduled   Status = "scheduled"
	StatusPublished   Status = "published"
	StatusUnpublished Status = "unpublished"
	// StatusTrashed is a deleted story waiting in the trash: off the site
	// and out of the workflow until it is restored or purged (see trash.go).
	// No transition leads in or out of it; Trash and Restore do.
	StatusTrashed Status = "trashed"
)

// Statuses lists every status in workflow order, the trash last.
var Statuses = []Status{StatusDraft, StatusReview, StatusScheduled, StatusPublished, StatusUnpublished, StatusTrashed}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	for _, k := range Statuses {
		if s == k {
			return true
		}
	}
	return false
}

// transitions lists the statuses each status may move to.
var transitions = map[Status][]Status{
	StatusDraft:       {StatusReview, StatusScheduled, StatusPublished},
	StatusReview:      {StatusDraft, StatusScheduled, StatusPublished},
	StatusScheduled:   {StatusDraft, StatusReview, StatusPublished},
	StatusPublished:   {StatusUnpublished},
	StatusUnpublished: {StatusDraft, StatusPublished},
}

// CanTransition reports whether an article may move from one status to
// another. Staying in the same status is always allowed.
func CanTransition(from, to Status) bool {
	if from == to {
		return from.Valid()
	}
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// CheckTransition returns an invalid error when from → to is not allowed.
func CheckTransition(from, to Status) error {
	if !to.Valid() {
		return &Error{Code: EINVALID, Key: "error.status_invalid", Message: "unknown status " + string(to)}
	}
	if !CanTransition(from, to) {
		return &Error{Code: EINVALID, Key: "error.transition", Args: []any{from, to},
			Message: "an article cannot move from " + string(from) + " to " + string(to)}
	}
	return nil
}
