"""Re-run sentiment for a list of tickets via the app's own server functions.

    ANVIL_UPLINK_KEY=... python scripts/backfill_sentiment.py T-000101 T-000102
"""
import os
import sys
import time

import anvil.server


def main(ticket_ids):
    anvil.server.connect(os.environ["ANVIL_UPLINK_KEY"])
    try:
        for tid in ticket_ids:
            result = anvil.server.call("classify_sentiment", tid, True)
            print(tid, result["label"], result["urgency"])
            time.sleep(0.5)
    finally:
        anvil.server.disconnect()


if __name__ == "__main__":
    main(sys.argv[1:])
