package i18n

import "strconv"

// Number formats n with thousands separators: "1.234.567" in Indonesian
// and "1,234,567" in English.
func Number(n int, lang Lang) string {
	sep := byte('.')
	if lang == EN {
		sep = ','
	}
	digits := strconv.AppendInt(make([]byte, 0, 24), int64(n), 10)
	neg := digits[0] == '-'
	if neg {
		digits = digits[1:]
	}
	b := make([]byte, 0, len(digits)+len(digits)/3+1)
	if neg {
		b = append(b, '-')
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, c)
	}
	return string(b)
}
