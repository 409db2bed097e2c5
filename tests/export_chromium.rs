//! The example workbook's page in a real browser (Debian's `chromium`, headless): printed to
//! PDF on A4 and on Letter it has a number of pages within the expected range (`pdfinfo`
//! counts them) and no word past the right margin (`pdftotext -bbox`), a screenshot is drawn, and the DOM the browser built holds every picture
//! with the nodes, lines, dots and bars the map model has. CI installs chromium and
//! poppler-utils and must have them; elsewhere a missing tool skips the test.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod export_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use convene::content::load_builtin;
use convene::map::{PictureBody, map_of};
use export_support::{convene, example, tool_available};

/// Chromium, headless, with nothing from outside: no network, no sync, a fresh profile.
fn chromium(profile: &Path, args: &[String]) -> std::process::Output {
    let mut cmd = Command::new("timeout");
    cmd.args(["300", "chromium"]);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ]);
    cmd.arg(format!("--user-data-dir={}", profile.display()));
    cmd.args(args);
    cmd.output().unwrap()
}

fn url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The page with a paper size forced (as a printer's setting would).
fn on_paper(page: &str, size: &str, dir: &Path) -> PathBuf {
    let path = dir.join(format!("example-{size}.html"));
    let sized = page.replacen(
        "</head>",
        &format!("<style>@page {{ size: {size}; }}</style>\n</head>"),
        1,
    );
    std::fs::write(&path, sized).unwrap();
    path
}

/// (pages, page size line) of a PDF, from `pdfinfo`.
fn pdf_info(pdf: &Path) -> (usize, String) {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// How far any word on any page reaches past the right margin (15 mm), in points, from
/// `pdftotext -bbox`: a table or picture cut off at the page's edge would show here.
fn overshoot(pdf: &Path) -> f64 {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let number = |s: &str, key: &str| -> Option<f64> {
        let at = s.find(key)? + key.len();
        s[at..].split('"').next()?.parse().ok()
    };
    let mut worst = f64::MIN;
    for page in text.split("<page ").skip(1) {
        let width = number(page, "width=\"").unwrap();
        for word in page.split("<word ").skip(1) {
            let x_max = number(word, "xMax=\"").unwrap();
            worst = worst.max(x_max - (width - 15.0 / 25.4 * 72.0));
        }
    }
    assert!(worst > f64::MIN, "pdftotext found no words");
    worst
}

#[test]
fn chromium_prints_the_example_on_a4_and_letter_with_every_picture() {
    if !tool_available("chromium", "--version", "apt-get install -y chromium")
        || !tool_available("pdfinfo", "-v", "apt-get install -y poppler-utils")
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("example.html");
    let done = convene([
        "export".as_ref(),
        example().as_os_str(),
        format!("--html={}", html.display()).as_ref(),
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let page = std::fs::read_to_string(&html).unwrap();
    for (size, expect) in [("A4", "(A4)"), ("letter", "(letter)")] {
        let sized = on_paper(&page, size, dir.path());
        let pdf = dir.path().join(format!("example-{size}.pdf"));
        let profile = tempfile::tempdir().unwrap();
        let out = chromium(
            profile.path(),
            &[
                "--no-pdf-header-footer".into(),
                format!("--print-to-pdf={}", pdf.display()),
                url(&sized),
            ],
        );
        assert!(
            pdf.is_file(),
            "no PDF: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (pages, paper) = pdf_info(&pdf);
        assert!(paper.contains(expect), "{size}: {paper}");
        // Measured: 29 pages on A4, 30 on Letter (2026-12, Chromium 156, DejaVu fonts).
        assert!((22..=40).contains(&pages), "{size}: {pages} pages");
        let over = overshoot(&pdf);
        assert!(
            over < 3.0,
            "{size}: text runs {over:.1} pt past the right margin"
        );
    }
    let shot = dir.path().join("example.png");
    let profile = tempfile::tempdir().unwrap();
    chromium(
        profile.path(),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=900,1270".into(),
            url(&html),
        ],
    );
    let png = std::fs::read(&shot).unwrap_or_default();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "screenshot: {} bytes",
        png.len()
    );
    // The DOM the browser built has each picture with what the map model has.
    let profile = tempfile::tempdir().unwrap();
    let dom = chromium(profile.path(), &["--dump-dom".into(), url(&html)]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    let pack = load_builtin().unwrap();
    let wb = convene::format::markdown::read(&std::fs::read_to_string(example()).unwrap()).unwrap();
    for p in map_of(&pack, &wb).pictures {
        let start = dom
            .find(&format!("data-picture=\"{}\"", p.id))
            .unwrap_or_else(|| panic!("no figure {} in the browser's DOM", p.id));
        let fig = &dom[start..start + dom[start..].find("</figure>").unwrap()];
        let (what, want) = match &p.body {
            PictureBody::Network(n) => ("<g class=\"node\"", n.nodes.len()),
            PictureBody::Quadrant(q) => ("<g class=\"point\"", q.points.len()),
            PictureBody::Bars(b) => (
                "<rect class=\"bar\"",
                b.bars.iter().filter(|b| b.value.is_some()).count(),
            ),
        };
        // The mindset has four dimensions; every other picture has more.
        assert!(want >= 4, "{}", p.id);
        assert_eq!(fig.matches(what).count(), want, "{}", p.id);
    }
}
