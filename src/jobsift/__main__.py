"""``python -m jobsift``: the same as the ``jobsift`` command."""

from jobsift.cli.app import main

main()
