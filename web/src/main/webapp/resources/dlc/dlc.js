/* DECT License Control pages: the menu's toggle on narrow screens; tables that scroll sideways reachable by keyboard. */
var dlc = {
    toggleMenu: function (button) {
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        document.getElementById('nav-menu').classList.toggle('dlc-open', open);
    },
    /* A table wider than the screen scrolls in its own box: the box takes the keyboard focus, so that the arrow
       keys scroll it (WCAG 2.1.1). Boxes that do not scroll stay out of the tab order. */
    scrollers: function () {
        document.querySelectorAll('.ui-datatable-tablewrapper, .dlc-scroll').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth + 1) {
                if (!box.hasAttribute('tabindex')) {
                    box.setAttribute('tabindex', '0');
                    box.setAttribute('role', 'region');
                    box.setAttribute('aria-label', box.getAttribute('data-label') || 'Table, scrolls sideways');
                }
            } else if (box.getAttribute('tabindex') === '0') {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
            }
        });
    }
};
/* PrimeFaces marks its file inputs aria-hidden, yet they are what takes the keyboard focus (the skinned button
   only shows the choice) and what the field's label names: a screen reader would not announce the field it is on. */
dlc.fileInputs = function () {
    document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
        input.removeAttribute('aria-hidden');
        // Its field's label names the component (for="f:upload"), not the input (f:upload_input).
        var label = document.querySelector('label[for="' + input.id.replace(/_input$/, '') + '"]');
        if (label && !input.hasAttribute('aria-label')) {
            input.setAttribute('aria-label', label.textContent.trim());
        }
    });
};
dlc.fix = function () {
    dlc.fileInputs();
    dlc.scrollers();
};
document.addEventListener('DOMContentLoaded', function () {
    dlc.fix();
    window.addEventListener('resize', dlc.scrollers);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', dlc.fix);
    }
});
