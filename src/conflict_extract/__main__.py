from conflict_extract.cli import main

if __name__ == "__main__":  # spawned worker processes import this module: run nothing then
    main()
