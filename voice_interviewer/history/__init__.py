"""The history stage: every answer kept, compared and shown over time.

Takes reviewed answers and LLM calls; gives the practice history in SQLite (store.py, with its
schema's migrations in migrations.py), each kept answer read back typed (record.py), export and
import of it (exchange.py), progress over attempts (progress.py), the scorecard of a session
(scorecard.py) and the HTML report (report.py).
"""
