#!/usr/bin/env python3
"""Monthly usage report from ai.usage.log, grouped by feature."""
import argparse
import datetime as dt
from collections import defaultdict
from decimal import Decimal

from proteus import Model, config as pconfig


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('-d', '--database', required=True)
    parser.add_argument('--month', default=dt.date.today().strftime('%Y-%m'))
    args = parser.parse_args()
    pconfig.set_trytond(args.database)

    year, month = map(int, args.month.split('-'))
    start = dt.datetime(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    Log = Model.get('ai.usage.log')
    totals = defaultdict(lambda: [0, 0, Decimal(0)])
    for log in Log.find([('create_date', '>=', start),
                ('create_date', '<', end)]):
        row = totals[(log.feature, log.model)]
        row[0] += log.input_tokens or 0
        row[1] += log.output_tokens or 0
        row[2] += log.cost or 0
    for (feature, model), (tin, tout, cost) in sorted(totals.items()):
        print('%-24s %-30s %9d %9d %10.4f' % (feature, model, tin, tout, cost))


if __name__ == '__main__':
    main()
