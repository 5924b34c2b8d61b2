"""Complaints from audit folders: an e-mail draft to the CCA, a 12315 form, a letter to the merchant.

facts (audit folder → CaseFacts) → case (facts + complainant → Complaint) → body (sections of text) →
cca / form12315 / letter (files) → package (one folder per case and recipient) → batch (many cases, campaigns).
qraudit never sends anything, and never writes the complainant's data into an audit folder.

Import from the modules (`qraudit.complaint.batch`, …): this file stays empty so that every CLI start, which
registers the complaint commands, does not pay for the e-mail and YAML machinery.
"""
