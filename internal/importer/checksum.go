package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"

	"warta/internal/wxr"
)

// converterVersion changes when the conversion of bodies changes, so a
// re-run brings every story up to the new conversion.
const converterVersion = "1"

// checksum digests fields, each length-prefixed so that no two lists
// collide.
func checksum(fields ...string) string {
	h := sha256.New()
	for _, f := range fields {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// itemChecksum digests what the import reads of a post or page.
func itemChecksum(it *wxr.Item) string {
	fields := []string{converterVersion, it.Title, it.Content, it.Excerpt, it.Status, it.Type, it.Name, it.Password,
		it.PostDate, it.PostDateGMT, it.Modified, it.ModifiedGMT, it.Creator, strconv.FormatInt(it.Thumbnail(), 10),
		strconv.Itoa(it.MenuOrder)}
	for _, t := range it.Terms {
		fields = append(fields, t.Domain, t.Slug, t.Name)
	}
	return checksum(fields...)
}

// reSerializedCredit finds image_meta's credit in the PHP-serialised
// _wp_attachment_metadata: s:6:"credit";s:12:"Reuters/Budi";
var reSerializedCredit = regexp.MustCompile(`s:6:"credit";s:([0-9]{1,4}):"`)

// metadataCredit returns the credit WordPress read from the photo's
// IPTC data when it was uploaded, or "".
func metadataCredit(meta string) string {
	m := reSerializedCredit.FindStringSubmatchIndex(meta)
	if m == nil {
		return ""
	}
	n, err := strconv.Atoi(meta[m[2]:m[3]])
	start := m[1]
	if err != nil || start+n > len(meta) {
		return ""
	}
	return strings.TrimSpace(meta[start : start+n])
}
