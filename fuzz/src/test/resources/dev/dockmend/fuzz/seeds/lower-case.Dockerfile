from alpine
run echo a
run echo b
cmd ["sh"]


# trailing comment
