// Makes a new alert hard to miss on a phone: the aria-live announcement, a vibration where the browser allows one,
// and an optional chime (off by default, remembered on the device). The card's entrance animation is in site.css.
"use strict";
window.FloorNotify = (() => {
  const chimeKey = "eg.floor.chime";
  let audio = null;

  function chimeOn() {
    try { return localStorage.getItem(chimeKey) === "on"; } catch { return false; }
  }

  // Browsers start audio only from a tap; the context is made (or resumed) inside one.
  function unlockAudio() {
    if (!chimeOn() || !("AudioContext" in window)) return;
    audio = audio || new AudioContext();
    if (audio.state === "suspended") audio.resume().catch(() => {});
  }

  /** Wires the chime toggle button; its state is kept in localStorage. */
  function wireChime(button) {
    const show = () => {
      const on = chimeOn();
      button.setAttribute("aria-pressed", String(on));
      button.textContent = on ? "Chime: on" : "Chime: off";
    };
    button.addEventListener("click", () => {
      try { localStorage.setItem(chimeKey, chimeOn() ? "off" : "on"); } catch { /* private mode: stays off */ }
      show();
      unlockAudio();
      if (chimeOn()) chime();
    });
    document.addEventListener("pointerdown", unlockAudio, { passive: true });
    show();
  }

  // Two short rising tones: distinct from a phone's own notification sounds, no audio file to load.
  function chime() {
    if (!audio || audio.state !== "running") return;
    [880, 1320].forEach((frequency, i) => {
      const start = audio.currentTime + i * 0.18;
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.17);
    });
  }

  // Browsers refuse vibration before the person has touched the page (and say so in the console): ask only after.
  function vibrate() {
    if (typeof navigator.vibrate !== "function") return;
    if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
    navigator.vibrate([200, 100, 200]);
  }

  /** Says text in the aria-live region. */
  function announce(announcer, text) {
    // Clearing first makes a repeat of the same words be read again.
    announcer.textContent = "";
    requestAnimationFrame(() => { announcer.textContent = text; });
  }

  /** Announces a new alert to screen readers, vibrates and chimes. */
  function newAlert(announcer, text) {
    announce(announcer, text);
    vibrate();
    if (chimeOn()) chime();
  }

  return { wireChime, announce, newAlert };
})();
