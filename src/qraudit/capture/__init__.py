"""The browser layer: a safe WeChat/Alipay-like Chromium session that records evidence at every step."""
