"""``python -m cleaner`` runs the command line."""

from cleaner.entry import main

main()
