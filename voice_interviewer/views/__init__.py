"""The terminal views: everything the program prints about an answer, a drill or the history.

Takes the results of the other stages; gives nothing back. terminal.py holds the review,
feedback and history views and the progress lines; drill_view.py the drill's and interview's
screens and prompts. Nothing outside this package and cli.py prints.
"""
