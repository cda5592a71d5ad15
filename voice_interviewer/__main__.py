from voice_interviewer.cli import run

run()
