/**
 * Word lists for the synthetic nation: the 34 provinces and cities of 1/7/2025 with their
 * real number of commune-level units (Nghị quyết 202/2025/QH15 and the provinces'
 * resolutions), syllables that Vietnamese place names are made of, the people and flowers
 * schools are named after, and the family, middle and given names of staff.
 */

/** Province or city, whether it is a centrally-run city, and its communes and wards (2025). */
export const PROVINCES: { name: string; isCity: boolean; communes: number; mountainous: boolean }[] = [
  { name: 'Hà Nội', isCity: true, communes: 126, mountainous: false },
  { name: 'Huế', isCity: true, communes: 40, mountainous: false },
  { name: 'Hải Phòng', isCity: true, communes: 114, mountainous: false },
  { name: 'Đà Nẵng', isCity: true, communes: 94, mountainous: false },
  { name: 'Hồ Chí Minh', isCity: true, communes: 168, mountainous: false },
  { name: 'Cần Thơ', isCity: true, communes: 103, mountainous: false },
  { name: 'Lai Châu', isCity: false, communes: 38, mountainous: true },
  { name: 'Điện Biên', isCity: false, communes: 45, mountainous: true },
  { name: 'Sơn La', isCity: false, communes: 75, mountainous: true },
  { name: 'Lạng Sơn', isCity: false, communes: 65, mountainous: true },
  { name: 'Quảng Ninh', isCity: false, communes: 54, mountainous: false },
  { name: 'Thanh Hóa', isCity: false, communes: 166, mountainous: false },
  { name: 'Nghệ An', isCity: false, communes: 130, mountainous: false },
  { name: 'Hà Tĩnh', isCity: false, communes: 69, mountainous: false },
  { name: 'Cao Bằng', isCity: false, communes: 56, mountainous: true },
  { name: 'Tuyên Quang', isCity: false, communes: 124, mountainous: true },
  { name: 'Lào Cai', isCity: false, communes: 99, mountainous: true },
  { name: 'Thái Nguyên', isCity: false, communes: 92, mountainous: true },
  { name: 'Phú Thọ', isCity: false, communes: 148, mountainous: false },
  { name: 'Bắc Ninh', isCity: false, communes: 99, mountainous: false },
  { name: 'Hưng Yên', isCity: false, communes: 104, mountainous: false },
  { name: 'Ninh Bình', isCity: false, communes: 129, mountainous: false },
  { name: 'Quảng Trị', isCity: false, communes: 78, mountainous: false },
  { name: 'Quảng Ngãi', isCity: false, communes: 96, mountainous: false },
  { name: 'Gia Lai', isCity: false, communes: 135, mountainous: true },
  { name: 'Khánh Hòa', isCity: false, communes: 65, mountainous: false },
  { name: 'Lâm Đồng', isCity: false, communes: 124, mountainous: true },
  { name: 'Đắk Lắk', isCity: false, communes: 102, mountainous: true },
  { name: 'Đồng Nai', isCity: false, communes: 95, mountainous: false },
  { name: 'Tây Ninh', isCity: false, communes: 96, mountainous: false },
  { name: 'Vĩnh Long', isCity: false, communes: 124, mountainous: false },
  { name: 'Đồng Tháp', isCity: false, communes: 102, mountainous: false },
  { name: 'Cà Mau', isCity: false, communes: 64, mountainous: false },
  { name: 'An Giang', isCity: false, communes: 102, mountainous: false },
];

/** Place names are two syllables: "Phú" + "Lộc", "Tân" + "Tiến", "Thanh" + "Trì". */
export const PLACE_FIRST = [
  'Tân', 'Phú', 'Thanh', 'Hòa', 'An', 'Bình', 'Long', 'Vĩnh', 'Xuân', 'Đông', 'Tây', 'Nam', 'Bắc', 'Quảng', 'Hưng',
  'Phước', 'Minh', 'Trung', 'Hải', 'Sơn', 'Kim', 'Ngọc', 'Hồng', 'Đức', 'Thạch', 'Yên', 'Cẩm', 'Gia', 'Mỹ', 'Thái',
  'Hiệp', 'Lạc', 'Tam', 'Định', 'Quang', 'Thuận', 'Nghĩa', 'Lộc', 'Phong', 'Cát', 'Hương', 'Thượng', 'Đại', 'Tiên', 'Vạn',
];
export const PLACE_SECOND = [
  'Lộc', 'Tiến', 'Trì', 'Bình', 'Hòa', 'An', 'Phú', 'Thịnh', 'Hưng', 'Thành', 'Lợi', 'Xuân', 'Sơn', 'Điền', 'Hải',
  'Lâm', 'Khê', 'Mỹ', 'Đông', 'Tây', 'Trung', 'Phong', 'Thuận', 'Ninh', 'Lạc', 'Hiệp', 'Tân', 'Quang', 'Phước', 'Long',
  'Hà', 'Giang', 'Yên', 'Châu', 'Thủy', 'Vân', 'Cường', 'Nghĩa', 'Đức', 'Hợp',
];
/** Names that a query of the benchmark must find: they exist in the first province. */
export const REQUIRED_PLACES = ['Thanh Trì', 'Tân Tiến', 'Phú Lộc'];

export const PEOPLE = [
  'Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Lý Thường Kiệt', 'Chu Văn An', 'Lê Quý Đôn', 'Nguyễn Du', 'Nguyễn Huệ',
  'Quang Trung', 'Hai Bà Trưng', 'Võ Thị Sáu', 'Nguyễn Thị Minh Khai', 'Kim Đồng', 'Lê Văn Tám', 'Trần Phú',
  'Phan Bội Châu', 'Phan Chu Trinh', 'Hoàng Hoa Thám', 'Đinh Tiên Hoàng', 'Lý Tự Trọng', 'Ngô Quyền', 'Bà Triệu',
  'Nguyễn Bỉnh Khiêm', 'Nguyễn Đình Chiểu', 'Tô Hiến Thành', 'Lương Thế Vinh', 'Trần Quốc Toản', 'Nguyễn Văn Trỗi',
  'Mạc Đĩnh Chi', 'Đoàn Thị Điểm', 'Hùng Vương', 'Lê Hồng Phong', 'Nguyễn Khuyến', 'Hàm Nghi', 'Trưng Vương',
  'Nguyễn Viết Xuân', 'Phạm Ngũ Lão', 'Yết Kiêu', 'Đinh Bộ Lĩnh', 'Lê Thánh Tông', 'Trần Nhân Tông', 'Võ Nguyên Giáp',
  'Phạm Văn Đồng', 'Huỳnh Thúc Kháng', 'Nguyễn Văn Cừ', 'Tôn Đức Thắng', 'Nguyễn Thái Học', 'Cù Chính Lan',
  'Bế Văn Đàn', 'Tô Vĩnh Diện', 'Phan Đình Giót', 'La Văn Cầu', 'Nguyễn Công Trứ', 'Nguyễn Thị Định', 'Hồ Xuân Hương',
  'Nguyễn Hiền', 'Lương Văn Can', 'Trần Đại Nghĩa', 'Hoàng Diệu', 'Ngô Gia Tự', 'Võ Trường Toản', 'Lê Văn Hưu',
];

/** What kindergartens are called after, when not after their commune. */
export const KINDERGARTEN_NAMES = [
  'Hoa Sen', 'Hoa Mai', 'Hoa Hồng', 'Hoa Lan', 'Hoa Cúc', 'Hoa Ban', 'Hoa Phượng', 'Hoa Sữa', 'Sơn Ca', 'Họa Mi',
  'Vành Khuyên', 'Sao Mai', 'Hướng Dương', 'Bình Minh', 'Ánh Dương', 'Tuổi Thơ', 'Măng Non', 'Búp Sen Hồng',
  'Hoa Pơ Lang', 'Thỏ Ngọc', 'Ngôi Sao', 'Hoa Đào', 'Mầm Xanh', 'Ánh Sao', 'Bông Sen', 'Hoa Mười Giờ', 'Sen Hồng',
  'Chim Non', 'Họa Mi Vàng', 'Tuổi Hồng',
];

export const FAMILY_NAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan',
  'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai', 'Trịnh', 'Đào', 'Lương', 'Cao', 'Hà',
  'Tạ', 'Giàng', 'Lò', 'Nông', 'Quàng', 'Triệu',
];
export const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thị Thu', 'Ngọc', 'Thị Hồng', 'Thanh', 'Thùy', 'Kim', 'Bích', 'Phương', 'Thị Minh'];
export const MIDDLE_MALE = ['Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quốc', 'Công', 'Xuân', 'Thanh', 'Ngọc', 'Đình', 'Trọng'];
export const GIVEN_FEMALE = [
  'Lan', 'Hương', 'Mai', 'Hạnh', 'Thảo', 'Trang', 'Linh', 'Hà', 'Nhung', 'Hoa', 'Huyền', 'Ngân', 'Phương', 'Yến', 'Thủy',
  'Dung', 'Loan', 'Vân', 'Nga', 'Hằng', 'Oanh', 'Liên', 'Giang', 'Anh', 'Châu', 'Diệp', 'Hiền', 'Thơm', 'Quyên', 'Xuân',
];
export const GIVEN_MALE = [
  'Hùng', 'Dũng', 'Nam', 'Minh', 'Tuấn', 'Thắng', 'Hải', 'Sơn', 'Long', 'Phúc', 'Quang', 'Cường', 'Đức', 'Trung', 'Hiếu',
  'Khánh', 'Bình', 'Tâm', 'Thành', 'Việt', 'Hoàng', 'Kiên', 'Toàn', 'Vinh', 'Lâm',
];
