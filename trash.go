package warta

import "time"

// TrashRetention is how long a deleted article waits in the trash, where
// it can be restored, before the housekeeping job purges it for good.
const TrashRetention = 30 * 24 * time.Hour

// RestoreStatus is the status a trashed article returns to: the one it
// had, except that a story that was live comes back withdrawn
// (unpublished), so putting it back on the site stays a deliberate
// publish and its address keeps answering 410 until then, and a scheduled
// story comes back as a draft, since its time may have passed while it
// was in the trash.
func RestoreStatus(a *Article) Status {
	switch a.TrashedFrom {
	case StatusPublished:
		return StatusUnpublished
	case StatusScheduled, "", StatusTrashed:
		return StatusDraft
	}
	if !a.TrashedFrom.Valid() {
		return StatusDraft
	}
	return a.TrashedFrom
}

// PurgeDue reports whether a trashed article has waited its time in the
// trash at now.
func PurgeDue(a *Article, now time.Time) bool {
	return a.Status == StatusTrashed && !a.TrashedAt.IsZero() && !now.Before(a.TrashedAt.Add(TrashRetention))
}

// Tombstone keeps the public address of a purged article that readers
// once saw, so it answers 410 Gone for ever rather than 404.
type Tombstone struct {
	Path      string
	CreatedAt time.Time // set by the store
}
