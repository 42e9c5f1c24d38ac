package sites_test

import (
	"fmt"
	"strings"
)

func fmtSprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
