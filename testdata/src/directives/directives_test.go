package directives

//statuslint:code 461 "Test Only" // want `statuslint:code in a test file registers nothing: custom codes in test files need no registration`
