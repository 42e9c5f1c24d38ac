package directives

//statuslint:code 461 "Test Only" // want `statuslint:code in a test file registers nothing; move it to a non-test file`
