// A self-contained web component: its dialog lives in an open shadow root, out of reach of document CSS.
class FollowGate extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        .mask { position: fixed; inset: 0; background: rgba(3, 10, 25, .82); display: none; align-items: center; justify-content: center; z-index: 99; }
        .mask.on { display: flex; }
        .card { width: 82%; max-width: 320px; background: #fff; color: #1d2b45; border-radius: 16px; padding: 26px 18px 20px; text-align: center; position: relative; font-family: "PingFang SC", sans-serif; }
        .x { position: absolute; top: 10px; right: 14px; font-size: 22px; color: #9aa5b8; background: none; border: 0; }
        h2 { font-size: 18px; margin: 0 0 8px; }
        p { font-size: 13px; color: #5b6880; margin: 4px 0; line-height: 1.6; }
        img { width: 170px; height: 170px; margin: 12px 0 4px; }
        .follow { display: block; margin-top: 12px; height: 42px; line-height: 42px; border-radius: 21px; background: #07c160; color: #fff; text-decoration: none; }
      </style>
      <div class="mask" part="mask">
        <div class="card" role="dialog" aria-label="关注公众号">
          <button class="x" aria-label="关闭">×</button>
          <h2>关注公众号 开启缴费</h2>
          <p>应停车场管理要求，缴费前请先关注</p>
          <p>「<span class="name"></span>」</p>
          <img alt="公众号二维码">
          <a class="follow" href="weixin://dl/officialaccounts">立即关注</a>
        </div>
      </div>`;
    this._mask = root.querySelector('.mask');
    root.querySelector('.x').addEventListener('click', () => {
      this._mask.classList.remove('on');
      setTimeout(() => this.open(), 800);   // the × only buys a moment
    });
  }
  connectedCallback() {
    this.shadowRoot.querySelector('.name').textContent = this.getAttribute('account');
    this.shadowRoot.querySelector('img').src = this.getAttribute('qr');
    this.open();
  }
  open() { this._mask.classList.add('on'); }
}
customElements.define('follow-gate', FollowGate);
