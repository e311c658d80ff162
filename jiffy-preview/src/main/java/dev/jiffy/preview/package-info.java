/**
 * The preview window: {@link dev.jiffy.preview.Preview#show} plays a clip, shows it as the GIF will look, and prints
 * the pixels and crops the user picks. Swing lives here only; the core stays free of window code.
 */
package dev.jiffy.preview;
