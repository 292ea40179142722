"""Pre-socket.io long-polling bot (v1). Still serves the old mobile SDK."""
