from conflict_extract.cli import main

main()
