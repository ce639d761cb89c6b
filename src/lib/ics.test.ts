/** The iCalendar output, parsed back with a real parser (ical.js) and compared with the agenda items. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda.ts';
import { toIcs, webcalUrl } from './ics.ts';

const items: AgendaItem[] = [
  {
    id: 'leergang-2026-12-09-0930',
    kind: 'programmadag',
    date: new Date('2026-12-09'),
    from: '09:30',
    to: '16:30',
    title: 'Leergang; regie, samen',
    detail: 'Module 1: kennismaken',
    format: 'op-locatie',
    place: 'Utrecht',
    url: '/programmas/leergang/',
  },
  {
    id: 'leergang-aanmelden',
    kind: 'aanmelden',
    date: new Date('2026-11-30'),
    title: 'Leergang; regie, samen',
    detail: 'Aanmelden sluit',
    url: '/programmas/leergang/',
  },
];

const site = new URL('https://wat-werkt.example');
const stamp = new Date('2026-11-28T17:05:09.456Z');

describe('toIcs', () => {
  const text = toIcs(items, { name: 'Wat Werkt: agenda', site, stamp });
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Resolve TZID=Europe/Amsterdam with the file's own VTIMEZONE, as a calendar application would.
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('is a valid RFC 5545 calendar: CRLF lines folded at 75 octets, VERSION, PRODID, a VTIMEZONE', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Wat Werkt');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
  });

  it('gives each event a stable UID, a DTSTAMP, escaped text and the Amsterdam wall-clock time', () => {
    const [session, deadline] = events;
    expect(session!.uid).toBe('leergang-2026-12-09-0930@wat-werkt.example');
    expect(text).toContain('DTSTAMP:20261128T170509Z');
    expect(session!.summary).toBe('Leergang; regie, samen: Module 1: kennismaken');
    expect(text).toContain('SUMMARY:Leergang\\; regie\\, samen: Module 1: kennismaken');
    expect(session!.location).toBe('Utrecht');
    expect(session!.startDate.toString()).toBe('2026-12-09T09:30:00');
    expect(session!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(session!.endDate.toString()).toBe('2026-12-09T16:30:00');
    // 09:30 in Amsterdam in December (CET, UTC+1) is 08:30 UTC.
    expect(session!.startDate.toJSDate().toISOString()).toBe('2026-12-09T08:30:00.000Z');
    expect(session!.description).toContain('https://wat-werkt.example/programmas/leergang/');

    expect(deadline!.summary).toBe('Aanmelden sluit: Leergang; regie, samen');
    expect(deadline!.startDate.isDate).toBe(true);
    expect(deadline!.startDate.toString()).toBe('2026-11-30');
  });
});

it('writes no calendar without dates (RFC 5545 requires at least one component)', () => {
  expect(() => toIcs([], { name: 'Leeg programma', site, stamp })).toThrow(/Leeg programma.*no dates/);
});

it('gives the webcal:// form of a calendar address, which calendar applications subscribe to', () => {
  expect(webcalUrl(new URL('https://voorbeeld.nl/wat-werkt/agenda.ics'))).toBe(
    'webcal://voorbeeld.nl/wat-werkt/agenda.ics',
  );
  expect(webcalUrl(new URL('http://localhost:4321/agenda.ics'))).toBe('webcal://localhost:4321/agenda.ics');
});

describe('text with line breaks, as a check that is bypassed would let through', () => {
  const injected = 'Leergang\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nURL:https://evil.example/\nUID:x\rSUMMARY:y';
  const item = { ...items[0]!, title: injected, detail: injected, place: injected };
  const text = toIcs([item], { name: `Wat Werkt; ${injected}`, site, stamp });
  const calendar = new ICAL.Component(ICAL.parse(text));

  it('stays in its own property: one event, every line a property of ours, the text read back whole', () => {
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(text).not.toMatch(/^(URL:https:\/\/evil|UID:x|SUMMARY:y)/m);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    const asRead = injected.replace(/\r\n|\r/g, '\n');
    expect(event.summary).toBe(`${asRead}: ${asRead}`);
    expect(event.location).toBe(asRead);
    expect(event.component.getAllProperties('url').map((url) => url.getFirstValue())).toEqual([
      'https://wat-werkt.example/programmas/leergang/',
    ]);
  });

  it('escapes the calendar name, which ical-generator writes as given', () => {
    const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(unfolded.filter((line) => line.startsWith('X-WR-CALNAME:'))).toEqual([
      `X-WR-CALNAME:Wat Werkt\\; ${injected.replace(/,/g, '\\,').replace(/\r\n|[\r\n]/g, '\\n')}`,
    ]);
  });
});
