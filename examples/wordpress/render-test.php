<?php
// Test harness (not part of the plugin): renders a post containing the shortcode the way WordPress
// would, with the handful of WordPress functions the plugin calls reduced to their documented
// behaviour, and prints the page. scripts/check-examples.mjs serves it with the release folder and
// drives it in Chromium. Run: php render-test.php '<post content>'
define('ABSPATH', __DIR__ . '/');
$GLOBALS['shortcodes'] = array();
$GLOBALS['modules'] = array();
function add_shortcode($tag, $fn) { $GLOBALS['shortcodes'][$tag] = $fn; }
function shortcode_atts($defaults, $atts, $tag = '') {
	$out = array();
	foreach ($defaults as $name => $default) $out[$name] = array_key_exists($name, (array) $atts) ? $atts[$name] : $default;
	return $out;
}
function esc_attr($s) { return htmlspecialchars((string) $s, ENT_QUOTES, 'UTF-8', false); } // WordPress does not double-encode
function esc_url($s) { return preg_match('#^https?://#i', (string) $s) || str_starts_with((string) $s, '/') ? esc_attr($s) : ''; }
function plugins_url($path, $file) { return '/wp-content/plugins/mbc-decision-aid/' . ltrim($path, '/'); }
function wp_enqueue_script_module($id, $src, $deps = array(), $version = false) {
	// As WP_Script_Modules: false → WordPress's own version, null → no version, else that version.
	$ver = $version === false ? '6.9' : $version;
	$GLOBALS['modules'][$id] = $src . ($ver === null ? '' : '?ver=' . rawurlencode($ver));
}
function do_shortcode($content) {
	return preg_replace_callback('/\[(\w+)((?:\s+\w+="[^"]*")*)\s*\]/', function ($m) {
		if (!isset($GLOBALS['shortcodes'][$m[1]])) return $m[0];
		preg_match_all('/(\w+)="([^"]*)"/', $m[2], $pairs, PREG_SET_ORDER);
		$atts = array();
		foreach ($pairs as $p) $atts[strtolower($p[1])] = $p[2];
		return call_user_func($GLOBALS['shortcodes'][$m[1]], $atts);
	}, $content);
}
require __DIR__ . '/mbc-decision-aid.php';

$body = do_shortcode($argv[1] ?? '[mbc_decision_aid]');
$scripts = '';
foreach ($GLOBALS['modules'] as $id => $src) $scripts .= '<script type="module" src="' . esc_attr($src) . '" id="' . esc_attr($id) . '-js-module"></script>' . "\n";
echo "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>WordPress page</title></head>\n<body><main>" . $body . "</main>\n" . $scripts . "</body></html>\n";
