"""python -m analytics.account_review ACCOUNT: a quarterly account review draft."""
import sys

from analytics.gateway import multi_model_service


def review(account: str, notes: str) -> str:
    return multi_model_service.generate_response(
        f"Draft a quarterly review for {account}:\n{notes}", feature="account_review"
    )


if __name__ == "__main__":
    print(review(sys.argv[1], sys.stdin.read()))
