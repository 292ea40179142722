"""Microphone recorder. Uses sounddevice on desktop, plyer on Android."""
import os
import tempfile
import time
import wave

from kivy.utils import platform

SAMPLE_RATE = 16000


class Recorder:
    def __init__(self):
        self._frames = []
        self._stream = None
        self._path = None

    def start(self):
        self._path = os.path.join(tempfile.gettempdir(), f"rec_{int(time.time())}.wav")
        if platform == "android":
            from plyer import audio
            audio.file_path = self._path
            audio.start()
            return
        import sounddevice as sd
        self._frames = []
        self._stream = sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="int16",
                                      callback=lambda data, *_: self._frames.append(bytes(data)))
        self._stream.start()

    def stop(self):
        if platform == "android":
            from plyer import audio
            audio.stop()
            return self._path
        self._stream.stop()
        self._stream.close()
        with wave.open(self._path, "wb") as wf:
            wf.setnchannels(1)
            wf.setsampwidth(2)
            wf.setframerate(SAMPLE_RATE)
            wf.writeframes(b"".join(self._frames))
        return self._path
