/**
 * The sample case's sources, written by the team for it. Everything is fiction:
 * Velmar, its port, the outlets and the people do not exist; the addresses use
 * reserved example domains.
 */

export const SAMPLE_CASE = {
  title: 'Beispiel: Drohnensichtungen über dem Hafen von Velmar',
  titleEn: 'Sample: drone sightings over the port of Velmar',
  question:
    'Wer steckt hinter den Drohnenflügen über dem Hafen von Velmar, und gefährden sie den Betrieb des LNG-Terminals?',
  questionEn: 'Who is behind the drone flights over the port of Velmar, and do they threaten the LNG terminal?',
};

export const SAMPLE_TEXT_DE = `Drohnen über dem Hafen von Velmar: Behörden prüfen nächtliche Sichtungen

Velmar – In drei aufeinanderfolgenden Nächten haben Hafenarbeiter nach eigenen Angaben Drohnen über dem Ostkai und dem neuen LNG-Terminal gesehen. „Sie flogen sehr tief und ohne Positionslichter“, sagte ein Vorarbeiter der Frühschicht, der seinen Namen nicht in der Zeitung lesen möchte.

Die Hafenpolizei bestätigte, dass seit Dienstag „mehrere Meldungen“ eingegangen seien. Ob es sich um dieselben Fluggeräte handelt, sei noch unklar. Fotos oder Videoaufnahmen der Sichtungen liegen bislang nicht vor.

Ein Sprecher der Betreibergesellschaft erklärte, der Umschlag sei zu keinem Zeitpunkt gestört gewesen. Man habe die Zahl der Streifen erhöht und arbeite eng mit den Behörden zusammen.

Fachleute mahnen zur Vorsicht: Nachts würden Sterne, Flugzeuge im Landeanflug und Bojenlichter häufig für Drohnen gehalten. Erst eine Auswertung der Radardaten könne Klarheit bringen.
`;

export const SAMPLE_HTML_EN = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Port authority: no confirmed drone incursions at Velmar | The Sound Observer</title>
<meta property="og:site_name" content="The Sound Observer">
<meta property="og:type" content="article">
<meta property="og:title" content="Port authority: no confirmed drone incursions at Velmar">
<meta name="author" content="Maren Holt">
<meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
<link rel="canonical" href="https://observer.example.org/2025/03/velmar-drones">
<script>window.sampleWouldNeverRun = true;</script>
</head>
<body>
<nav><a href="/">Home</a> · <a href="/world">World</a></nav>
<article>
<h1>Port authority: no confirmed drone incursions at Velmar</h1>
<p class="byline">By Maren Holt</p>
<p>The Velmar Port Authority said on Friday that radar records show no unidentified aircraft over the eastern quay during the nights in question, contradicting accounts from dock workers that were widely shared online.</p>
<p>“We take every report seriously, and we have reviewed every minute of the recordings,” a spokesperson said. The authority did not rule out small drones flying below the radar horizon.</p>
<h2>Workers stand by their accounts</h2>
<p>Two workers who spoke to The Sound Observer described lights moving against the wind and hovering above the terminal for several minutes. Neither took photographs.</p>
<blockquote><p>It was not a plane and it was not a star. It stopped in mid-air.</p></blockquote>
<p>Independent analysts pointed out that the reports began the same week a shipping dispute between two regional operators escalated, but cautioned that the timing alone proves nothing.</p>
<ul><li>Reports received: at least five</li><li>Photos or videos: none so far</li><li>Radar detections: none, according to the authority</li></ul>
</article>
<footer>© The Sound Observer</footer>
</body>
</html>
`;

export const SAMPLE_PDF = {
  title: 'Statement on reported drone sightings – Velmar Port Authority',
  author: 'Velmar Port Authority, Press Office',
  creationDate: 'D:20250315080000Z',
  pages: [
    {
      heading: 'Velmar Port Authority – Statement',
      paragraphs: [
        'Statement on reported drone sightings over the eastern quay, 15 March 2025.',
        'This statement summarises what the Port Authority knows and what it does not know. It replaces the preliminary remarks made to the press on 14 March.',
      ],
    },
    {
      heading: '1. What we know',
      paragraphs: [
        'Between 11 and 13 March, port staff made five reports of lights or small aircraft over the eastern quay and the LNG terminal. All reports were made at night.',
        'The port radar recorded no unidentified aircraft in this period. The radar cannot see small drones flying below about 60 metres near the quay cranes.',
      ],
    },
    {
      heading: '2. What we do not know',
      paragraphs: [
        'We have no photographs, videos or recovered devices. We cannot say whether one or several devices were involved, or who operated them.',
        'Operations at the terminal were not interrupted. Additional patrols and a temporary optical sensor will remain in place until further notice.',
      ],
    },
  ],
};

export const SAMPLE_EML_DE = [
  'From: "Jana Krüger" <j.krueger@mail.example.net>',
  'To: Lagezentrum <lage@workbench.example.com>',
  'Subject: =?UTF-8?Q?Hinweis:_Drohnenstart_am_Fischereihafen_beobachtet?=',
  'Date: Sat, 15 Mar 2025 21:14:00 +0100',
  'Message-ID: <sample-velmar-1@mail.example.net>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="velmar-sample"',
  '',
  '--velmar-sample',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Guten Abend,',
  '',
  'mein Nachbar hat gestern gegen 23 Uhr am Fischereihafen zwei Männer gesehen, die eine kleine Drohne gestartet haben. Sie seien danach mit einem weißen Lieferwagen Richtung Ostkai gefahren.',
  '',
  'Ich selbst war nicht dabei. Eine Skizze des Ortes hänge ich an.',
  '',
  'Viele Grüße',
  'Jana Krüger',
  '--velmar-sample',
  'Content-Type: image/png; name="skizze-fischereihafen.png"',
  'Content-Disposition: attachment; filename="skizze-fischereihafen.png"',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=',
  '--velmar-sample--',
  '',
].join('\r\n');
