"""The transcription stage: speech to a timed transcript.

Takes 16 kHz samples or a recording on disk; gives a frozen Transcript of words with timings
(transcript.py). whisper.py runs the embedded Whisper model (CPU or GPU) on a whole file;
streaming.py transcribes while the person is still speaking, so only the last few seconds are
left to do when the answer ends.
"""
