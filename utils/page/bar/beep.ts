/**
 * A short tone made with Web Audio (no sound file ships): the optional signal that a buyer turned
 * red. Only the bar plays it, only with the agent's `waitSound` setting on.
 */
export function beep(): void {
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const volume = audio.createGain();
  tone.frequency.value = 880;
  volume.gain.value = 0.08;
  tone.connect(volume).connect(audio.destination);
  tone.onended = () => void audio.close();
  tone.start();
  tone.stop(audio.currentTime + 0.18);
}
