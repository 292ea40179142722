# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Minimal ServiceNow change_request client (no LLM here)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible.module_utils.urls import open_url


class ChangeRequestClient(object):
    TABLE = 'change_request'

    def __init__(self, instance, username, password, timeout=30):
        self.base = 'https://%s.service-now.com/api/now/table' % instance
        self.username = username
        self.password = password
        self.timeout = timeout

    def _request(self, method, path, body=None):
        resp = open_url('%s/%s' % (self.base, path), method=method,
                        data=json.dumps(body) if body is not None else None,
                        url_username=self.username, url_password=self.password,
                        force_basic_auth=True, timeout=self.timeout,
                        headers={'Content-Type': 'application/json', 'Accept': 'application/json'})
        return json.loads(resp.read())['result']

    def create(self, short_description, description, assignment_group, risk='moderate'):
        return self._request('POST', self.TABLE, dict(
            short_description=short_description,
            description=description,
            assignment_group=assignment_group,
            risk=risk,
            type='normal',
        ))

    def get(self, sys_id):
        return self._request('GET', '%s/%s' % (self.TABLE, sys_id))
