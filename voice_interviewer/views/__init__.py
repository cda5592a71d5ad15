"""The terminal views: everything the program prints about an answer, a drill or the history.

Takes the results of the other stages; gives nothing back. terminal.py holds what every view
shares (the consoles, errors, notes, progress lines); answer_view.py an answer's review and
feedback as they come; history_view.py the history, comparisons and the scorecard;
drill_view.py the drill's and interview's screens and prompts. Nothing outside this package and
cli.py prints.
"""
