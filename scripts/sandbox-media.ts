/**
 * npx tsx scripts/sandbox-media.ts
 * Records the small media files the sandbox serves as recordings and HLS segments, with Debian's Chromium
 * (MediaRecorder), and writes them to src/testing/media-samples.ts. Run it only to change the samples; the output is
 * committed, so neither the build nor the tests need a browser or an encoder. Images and MP3 are made by code
 * (src/testing/media.ts).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { PROJECT_ROOT } from "./lib/paths.js";

const OUTPUT = path.join(PROJECT_ROOT, "src/testing/media-samples.ts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Recorded {
  name: string;
  mimeType: string;
  base64: string;
}

/** Runs in the page, as plain JavaScript: tsx would add helpers to a function (\`__name\`) that the page lacks. */
const IN_PAGE = `(async () => {
  // One second of a 64×36 picture cycling through colours and a quiet 440 Hz tone.
  async function record(name, mimeType, withVideo) {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 36;
    const context = canvas.getContext("2d");
    let frame = 0;
    let drawing = true;
    const draw = () => {
      context.fillStyle = "hsl(" + ((frame++ * 12) % 360) + " 70% 50%)";
      context.fillRect(0, 0, canvas.width, canvas.height);
      if (drawing) requestAnimationFrame(draw);
    };
    draw();
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 440;
    const volume = audio.createGain();
    volume.gain.value = 0.05;
    const destination = audio.createMediaStreamDestination();
    tone.connect(volume).connect(destination);
    tone.start();
    const stream = new MediaStream([
      ...(withVideo ? canvas.captureStream(15).getVideoTracks() : []),
      ...destination.stream.getAudioTracks(),
    ]);
    const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 40000, audioBitsPerSecond: 16000 });
    const chunks = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    recorder.stop();
    await stopped;
    drawing = false;
    await audio.close();
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { name, mimeType, base64: btoa(binary) };
  }
  return [
    await record("WEBM_AUDIO_VIDEO", "video/webm;codecs=vp8,opus", true),
    await record("WEBM_AUDIO", "audio/webm;codecs=opus", false),
    await record("MP4_AUDIO_VIDEO", "video/mp4;codecs=avc1,opus", true),
  ];
})()`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required"],
});
try {
  const page = await browser.newPage();
  const recorded = (await page.evaluate(IN_PAGE)) as Recorded[];
  writeFileSync(OUTPUT, render(recorded));
  for (const sample of recorded)
    console.log(`${sample.name}: ${sample.mimeType}, ${Buffer.from(sample.base64, "base64").length} bytes`);
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
} finally {
  await browser.close();
}

function render(samples: Recorded[]): string {
  const constants = samples.map(
    (sample) => `/** ${sample.mimeType}, ${Buffer.from(sample.base64, "base64").length} bytes. */
export const ${sample.name} = "${sample.base64}";`,
  );
  return `/**
 * Media the sandbox serves as recordings and HLS segments: one second of a 64×36 picture cycling through colours and
 * a quiet 440 Hz tone, recorded by Chromium's MediaRecorder (base64). Made by \`npx tsx scripts/sandbox-media.ts\`;
 * do not edit. The MP4 is fragmented (ftyp, moov, then moof + mdat), which is also what an HLS stream of fMP4
 * segments needs.
 */

${constants.join("\n\n")}
`;
}
