<?php
/**
 * Plugin Name: MBC Decision Aid
 * Description: The metastatic breast cancer treatment-options decision aid. Shortcode: [mbc_decision_aid lang="es" org_name="…" helpline="…"]. Loads its script only on pages that use it, from this plugin's own folder (no third-party request).
 * Version: 0.1.0
 * Requires at least: 6.5
 * License: MIT
 *
 * Install: upload mbc-decision-aid-wordpress-<version>.zip (from `npm run release`) in Plugins →
 * Add New → Upload Plugin, and activate. By hand: put this file in wp-content/plugins/mbc-decision-aid/
 * and the release zip's "mbc-decision-aid" folder beside it
 * (wp-content/plugins/mbc-decision-aid/mbc-decision-aid/). Editors can then use the shortcode
 * (no unfiltered_html needed): [mbc_decision_aid org_name="Your organisation" helpline="…"]
 */

if (!defined('ABSPATH')) {
	exit;
}

/** [mbc_decision_aid] → <mbc-decision-aid …>; every attribute escaped, unknown ones dropped. */
function mbc_decision_aid_shortcode($atts) {
	$atts = shortcode_atts(
		array(
			'lang'         => '',
			'mode'         => '',
			'storage'      => '',
			'trials'       => '',
			'org_name'     => '',
			'org_url'      => '',
			'helpline'     => '',
			'content_src'  => '',
			'color_scheme' => '',
			'reviewed_by'  => '',
			'trials_endpoint' => '',
		),
		$atts,
		'mbc_decision_aid'
	);
	// WordPress 6.5+: a real <script type="module">, printed once, only on pages with the shortcode.
	// "?ver=<the plugin's version>" on the entry, the one file without a content hash in its name, so
	// browsers fetch the new one after an update (the widget's other files are named by their hash).
	wp_enqueue_script_module(
		'mbc-decision-aid',
		plugins_url('mbc-decision-aid/mbc-decision-aid.js', __FILE__),
		array(),
		'0.1.0'
	);
	$html = '<mbc-decision-aid';
	foreach ($atts as $name => $value) {
		if ($value === '') {
			continue;
		}
		$attr = str_replace('_', '-', $name);
		$html .= ' ' . $attr . '="' . (in_array($attr, array('org-url', 'content-src', 'trials-endpoint'), true) ? esc_url($value) : esc_attr($value)) . '"';
	}
	return $html . '></mbc-decision-aid>';
}
add_shortcode('mbc_decision_aid', 'mbc_decision_aid_shortcode');
