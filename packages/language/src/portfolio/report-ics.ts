import { addDays, type Portfolio, type PortfolioLabel } from './portfolio-model.js';

/**
 * `citypact report --format ics`: an RFC 5545 calendar for the calendars officials
 * use (docs/language.md §10, docs/report.md). One all-day VEVENT per obligation due
 * date and per `until`, of every agreement that is neither expired nor superseded on
 * the date, whatever how far ahead.
 *
 * - UID is `<qualified name>@citypact`: the obligation's, or the agreement's for its
 *   end, so a calendar that imports the file again updates the events it has.
 * - DTSTAMP must be a UTC date-time (RFC 5545 §3.8.7.2); the clock's would make every
 *   run differ, so it is the as-of date at 00:00 UTC: the same workspace and date give
 *   the same bytes, and a later report's events are newer (SEQUENCE stays 0).
 * - Lines end in CRLF and are folded at 75 octets without splitting a character
 *   (§3.1); TEXT escapes `\\`, `;`, `,` and line breaks (§3.3.11).
 */

export type ReportLocale = 'en' | 'zh-CN';

export function portfolioIcs(portfolio: Portfolio, locale: ReportLocale = 'en'): string {
    const stamp = `${compact(portfolio.asOf)}T000000Z`;
    const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//CityPact//citypact report//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        `X-WR-CALNAME:${text(locale === 'zh-CN' ? 'CityPact 协议期限' : 'CityPact deadlines')}`,
    ];
    const event = (uid: string, date: string, summary: string, description: string, category: string) => {
        lines.push(
            'BEGIN:VEVENT',
            `UID:${text(`${uid}@citypact`)}`,
            `DTSTAMP:${stamp}`,
            `DTSTART;VALUE=DATE:${compact(date)}`,
            `DTEND;VALUE=DATE:${compact(addDays(date, 1))}`,
            `SUMMARY:${text(summary)}`,
            `DESCRIPTION:${text(description)}`,
            `CATEGORIES:${text(category)}`,
            'TRANSP:TRANSPARENT',
            'END:VEVENT',
        );
    };
    for (const agreement of portfolio.agreements) {
        if (agreement.status === 'expired' || agreement.status === 'superseded') continue;
        for (const obligation of agreement.obligations) {
            event(
                obligation.id,
                obligation.due,
                locale === 'zh-CN'
                    ? `义务到期：${labelText(obligation.label, locale)}（${agreement.name || agreement.id}）`
                    : `Due: ${labelText(obligation.label, locale)} (${labelText(agreement.label, locale) || agreement.id})`,
                locale === 'zh-CN'
                    ? `${obligation.id}：由 ${obligation.by ?? '—'} 于 ${obligation.due} 前履行。协议 ${agreement.id}，状态 ${agreement.status}。`
                    : `${obligation.id}: by ${obligation.by ?? '—'}, due ${obligation.due}. Agreement ${agreement.id}, ${agreement.status}.`,
                'obligation',
            );
        }
        if (agreement.until) {
            event(
                agreement.id,
                agreement.until,
                locale === 'zh-CN'
                    ? `协议期满：${agreement.name || agreement.id}`
                    : `Agreement ends: ${labelText(agreement.label, locale) || agreement.id}`,
                locale === 'zh-CN'
                    ? `${agreement.id} 有效期至 ${agreement.until}（含当日）。`
                    : `${agreement.id} is in force until ${agreement.until} (inclusive).`,
                'agreement-end',
            );
        }
    }
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
}

function labelText(label: PortfolioLabel, locale: ReportLocale): string {
    return locale === 'en' && label.en ? label.en : label.text;
}

const compact = (date: string) => date.replace(/-/g, '');

/** RFC 5545 §3.3.11 TEXT; control characters other than line breaks are dropped (they are not allowed). */
function text(value: string): string {
    return value
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/[\\;,]/g, c => `\\${c}`)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n');
}

/** Folds a content line into 75-octet pieces (UTF-8), never inside a character. */
function fold(line: string): string {
    const encoder = new TextEncoder();
    if (encoder.encode(line).length <= 75) return line;
    const pieces: string[] = [];
    let current = '';
    let octets = 0;
    for (const char of line) {
        const size = encoder.encode(char).length;
        // Continuation lines start with a space, which counts toward their 75.
        const limit = pieces.length === 0 ? 75 : 74;
        if (octets + size > limit) {
            pieces.push(current);
            current = '';
            octets = 0;
        }
        current += char;
        octets += size;
    }
    pieces.push(current);
    return pieces.join('\r\n ');
}
