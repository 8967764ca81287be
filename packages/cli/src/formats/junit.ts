import type { FileReport } from '../findings.js';

/**
 * JUnit XML: one test case per file checked; a file with errors fails, with one
 * line per error. Warnings and infos go to the test case's system-out, so CI
 * dashboards show them without failing the build.
 */
export function formatJunit(reports: FileReport[], seconds: number): string {
    const failures = reports.filter(r => r.findings.some(f => f.severity === 'error')).length;
    const time = seconds.toFixed(3);
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="citypact" tests="${reports.length}" failures="${failures}" errors="0" time="${time}">`,
        `  <testsuite name="citypact check" tests="${reports.length}" failures="${failures}" errors="0" skipped="0" time="${time}">`,
    ];
    for (const report of reports) {
        const errors = report.findings.filter(f => f.severity === 'error');
        const others = report.findings.filter(f => f.severity !== 'error');
        const line = (f: FileReport['findings'][number]) => `${report.path}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`;
        out.push(`    <testcase classname="citypact" name="${xml(report.path)}" file="${xml(report.path)}" time="0">`);
        if (errors.length) {
            out.push(`      <failure type="citypact" message="${xml(`${errors.length} error${errors.length === 1 ? '' : 's'}`)}">${xml(errors.map(line).join('\n'))}</failure>`);
        }
        if (others.length) out.push(`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`);
        out.push('    </testcase>');
    }
    out.push('  </testsuite>', '</testsuites>');
    return out.join('\n') + '\n';
}

/** Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry. */
function xml(value: string): string {
    return value
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
