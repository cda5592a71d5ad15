"""The practice stage: one answer, or a whole drill or interview, from question to kept record.

Takes questions (voice_interviewer.questions), recordings or the microphone; gives reviewed
answers kept in the history. session.py runs every answer through the same steps (the audio
read back for the analysis, delivery analysis, coaching, saving) and shows them through an
AnswerView; review.py is the reviewed answer's shape; drill.py and interview.py the spoken
sessions.

From a command to the kept record:
- review: cli.cmd_review -> cli._review_recordings (transcribes) ->
  PracticeSession.review_recording -> PracticeSession.review -> Store.add_attempt.
- drill, demo and interview: cli -> run_drill -> Drill.run -> Drill._attempt (records, then
  transcribes while the person speaks) -> PracticeSession.review_recording -> the same steps.
"""
