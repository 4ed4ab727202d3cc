/*
 * The menu's behaviour beyond what HTML gives by itself. Without this script every area still opens and closes
 * (they are <details>) and the whole menu shows on a phone.
 * - On a narrow screen the menu folds behind one "Menu" button (aria-expanded says whether it is open).
 * - One area is open at a time; Escape or a click elsewhere closes it and focus returns to its name.
 */
document.addEventListener('DOMContentLoaded', function () {
    var nav = document.getElementById('siteNav');
    if (!nav) {
        return;
    }
    var toggle = document.getElementById('navToggle');
    var areas = nav.querySelectorAll('details');
    nav.classList.add('enhanced');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('open', open);
    });
    areas.forEach(function (area) {
        area.addEventListener('toggle', function () {
            if (area.open) {
                areas.forEach(function (other) {
                    if (other !== area) {
                        other.open = false;
                    }
                });
            }
        });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        areas.forEach(function (area) {
            if (area.open) {
                area.open = false;
                area.querySelector('summary').focus();
            }
        });
    });
    document.addEventListener('click', function (event) {
        if (!nav.contains(event.target)) {
            areas.forEach(function (area) {
                area.open = false;
            });
        }
    });
});
